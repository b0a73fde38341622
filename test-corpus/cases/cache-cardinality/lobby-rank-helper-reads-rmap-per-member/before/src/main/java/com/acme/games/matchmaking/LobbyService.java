package com.acme.games.matchmaking;

import java.util.HashSet;
import java.util.Map;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Service;

@Service
public class LobbyService {
    private static final String RANKS_MAP = "player_ranks";

    private final RedissonClient redisson;

    public LobbyService(RedissonClient redisson) {
        this.redisson = redisson;
    }

    public LobbyView view(Lobby lobby) {
        Map<String, Integer> ranks = ranksFor(lobby);
        double average = ranks.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        return new LobbyView(lobby.id(), ranks, average);
    }

    Map<String, Integer> ranksFor(Lobby lobby) {
        RMap<String, Integer> ranks = redisson.getMap(RANKS_MAP);
        return ranks.getAll(new HashSet<>(lobby.memberIds()));
    }
}
