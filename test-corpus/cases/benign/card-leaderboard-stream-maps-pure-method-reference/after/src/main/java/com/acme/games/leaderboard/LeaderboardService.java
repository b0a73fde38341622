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
        BadgeBook badgeBook = BadgeBook.parse(redisTemplate.opsForValue().get("badges:" + boardId));
        return scoreRepository.topScores(boardId, PageRequest.of(0, size)).stream()
                .map(badgeBook::rank)
                .toList();
    }
}
