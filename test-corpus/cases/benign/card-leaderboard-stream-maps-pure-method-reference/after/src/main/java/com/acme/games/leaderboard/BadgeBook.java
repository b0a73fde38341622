package com.acme.games.leaderboard;

import java.util.HashMap;
import java.util.Map;

/** Badge assignments of one board, parsed from the "player=badge;player=badge" Redis value. */
public final class BadgeBook {
    private final Map<String, String> badges;

    private BadgeBook(Map<String, String> badges) {
        this.badges = badges;
    }

    public static BadgeBook parse(String assignments) {
        Map<String, String> badges = new HashMap<>();
        if (assignments != null) {
            for (String pair : assignments.split(";")) {
                String[] parts = pair.split("=", 2);
                badges.put(parts[0], parts.length > 1 ? parts[1] : null);
            }
        }
        return new BadgeBook(badges);
    }

    public RankedPlayer rank(ScoreEntry entry) {
        return new RankedPlayer(entry.playerId(), entry.nickname(), entry.score(), badges.get(entry.playerId()));
    }
}
