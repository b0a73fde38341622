package com.acme.billing.statements;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatementController {
    private final StatementBuilder statementBuilder;

    public StatementController(StatementBuilder statementBuilder) {
        this.statementBuilder = statementBuilder;
    }

    @PostMapping("/statements/{ownerId}")
    public List<StatementLine> preview(@PathVariable String ownerId, @RequestBody List<StatementOrder> orders) {
        return statementBuilder.build(ownerId, orders);
    }
}
