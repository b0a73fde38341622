package com.acme.games.leaderboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class LeaderboardService {
    private final ScoreRepository scoreRepository;
    private final StringRedisTemplate redisTemplate;

    public LeaderboardService(ScoreRepository scoreRepository, StringRedisTemplate redisTemplate) {
        this.scoreRepository = scoreRepository;
        this.redisTemplate = redisTemplate;
    }

    public List<RankedPlayer> top(String boardId, int size) {
        String assignments = redisTemplate.opsForValue().get("badges:" + boardId);
        Map<String, String> badges = parse(assignments);
        return scoreRepository.topScores(boardId, PageRequest.of(0, size)).stream()
                .map(e -> new RankedPlayer(e.playerId(), e.nickname(), e.score(), badges.get(e.playerId())))
                .toList();
    }

    private static Map<String, String> parse(String assignments) {
        Map<String, String> badges = new HashMap<>();
        if (assignments != null) {
            for (String pair : assignments.split(";")) {
                String[] parts = pair.split("=", 2);
                badges.put(parts[0], parts.length > 1 ? parts[1] : null);
            }
        }
        return badges;
    }
}
