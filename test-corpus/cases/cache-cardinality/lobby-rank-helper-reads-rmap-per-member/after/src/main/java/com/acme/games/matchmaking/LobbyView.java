package com.acme.games.matchmaking;

import java.util.Map;

public record LobbyView(String lobbyId, Map<String, Integer> ranks, double averageRank) {
}
