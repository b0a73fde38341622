package com.acme.gateway.register;

public abstract class AbstractContextPathRegisterService {
    protected abstract RuleMapper ruleMapper();

    public void registerContextPath(String selectorId, String contextPath) {
        if (ruleMapper().findBySelectorIdAndName(selectorId, contextPath) != null) {
            return;
        }
        ruleMapper().insert(new RuleRecord(selectorId, contextPath, "{\"contextPath\":\"" + contextPath + "\"}")); // expect: idempotency-guard-removed
    }
}
