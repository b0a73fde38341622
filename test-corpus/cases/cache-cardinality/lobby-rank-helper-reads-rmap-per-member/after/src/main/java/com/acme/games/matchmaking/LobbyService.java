package com.acme.games.matchmaking;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Service;

@Service
public class LobbyService {
    private static final String RANKS_MAP = "player_ranks";
    private static final int UNRANKED = 1000;

    private final RedissonClient redisson;

    public LobbyService(RedissonClient redisson) {
        this.redisson = redisson;
    }

    public LobbyView view(Lobby lobby) {
        Map<String, Integer> ranks = ranksFor(lobby);
        double average = ranks.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        return new LobbyView(lobby.id(), ranks, average);
    }

    /** Keeps the lobby's member order and gives unranked players the starting rank. */
    Map<String, Integer> ranksFor(Lobby lobby) {
        RMap<String, Integer> ranks = redisson.getMap(RANKS_MAP);
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String memberId : lobby.memberIds()) {
            Integer rank = ranks.get(memberId); // expect: cache-cardinality
            result.put(memberId, rank == null ? UNRANKED : rank);
        }
        return result;
    }
}
