package com.acme.games.leaderboard;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScoreRepository extends JpaRepository<Score, Long> {
    @Query("select new com.acme.games.leaderboard.ScoreEntry(s.playerId, s.nickname, s.points) "
            + "from Score s where s.boardId = :boardId order by s.points desc")
    List<ScoreEntry> topScores(@Param("boardId") String boardId, Pageable page);
}
