package com.acme.games.matchmaking;

import java.util.List;

public record Lobby(String id, String mode, List<String> memberIds) {
}
