package com.acme.games.leaderboard;

public record ScoreEntry(String playerId, String nickname, long score) {
}
