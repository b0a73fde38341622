package com.acme.catalog.taxonomy;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CategoryController {
    private final CategoryTreeDao categoryTreeDao;

    public CategoryController(CategoryTreeDao categoryTreeDao) {
        this.categoryTreeDao = categoryTreeDao;
    }

    @GetMapping("/categories/{id}/descendants")
    public List<Long> descendants(@PathVariable long id) {
        return categoryTreeDao.descendantIds(id);
    }
}
