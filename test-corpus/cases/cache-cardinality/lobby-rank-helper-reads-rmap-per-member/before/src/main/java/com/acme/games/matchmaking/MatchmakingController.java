package com.acme.games.matchmaking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MatchmakingController {
    private final LobbyService lobbyService;
    private final LobbyRegistry lobbyRegistry;

    public MatchmakingController(LobbyService lobbyService, LobbyRegistry lobbyRegistry) {
        this.lobbyService = lobbyService;
        this.lobbyRegistry = lobbyRegistry;
    }

    @GetMapping("/lobbies/{id}")
    public LobbyView lobby(@PathVariable String id) {
        Lobby lobby = lobbyRegistry.lobby(id);
        return lobbyService.view(lobby);
    }
}
