package com.acme.games.leaderboard;

public record RankedPlayer(String playerId, String nickname, long score, String badge) {
}
