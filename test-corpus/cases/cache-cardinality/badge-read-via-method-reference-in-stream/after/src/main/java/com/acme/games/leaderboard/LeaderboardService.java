package com.acme.games.leaderboard;

import java.util.List;
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
        return scoreRepository.topScores(boardId, PageRequest.of(0, size)).stream()
                .map(this::withBadge) // expect: cache-cardinality
                .toList();
    }

    private RankedPlayer withBadge(ScoreEntry entry) {
        String badge = redisTemplate.opsForValue().get("badges:" + entry.playerId());
        return new RankedPlayer(entry.playerId(), entry.nickname(), entry.score(), badge);
    }
}
