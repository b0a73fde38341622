package com.acme.gateway.register;

import org.springframework.stereotype.Service;

@Service
public class DivideRegisterService extends AbstractContextPathRegisterService {
    private final RuleMapper ruleMapper;

    public DivideRegisterService(RuleMapper ruleMapper) {
        this.ruleMapper = ruleMapper;
    }

    @Override
    protected RuleMapper ruleMapper() {
        return ruleMapper;
    }
}
