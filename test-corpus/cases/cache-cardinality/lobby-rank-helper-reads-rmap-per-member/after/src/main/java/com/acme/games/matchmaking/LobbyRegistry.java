package com.acme.games.matchmaking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** In-memory registry of the lobbies hosted by this node. */
@Component
public class LobbyRegistry {
    private final Map<String, Lobby> lobbies = new ConcurrentHashMap<>();

    public Lobby lobby(String id) {
        Lobby lobby = lobbies.get(id);
        if (lobby == null) {
            throw new IllegalArgumentException("unknown lobby " + id);
        }
        return lobby;
    }

    public void register(Lobby lobby) {
        lobbies.put(lobby.id(), lobby);
    }
}
