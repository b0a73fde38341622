package com.acme.games.leaderboard;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Score {
    @Id
    private Long id;
    private String boardId;
    private String playerId;
    private String nickname;
    private long points;

    public String getPlayerId() {
        return playerId;
    }

    public long getPoints() {
        return points;
    }
}
