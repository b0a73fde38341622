package com.acme.lending.applications;

import com.acme.lending.bureau.CreditBureauClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ApplicationService {
    private final CreditBureauClient bureau;
    private final ApplicationRepository applications;

    public ApplicationService(CreditBureauClient bureau, ApplicationRepository applications) {
        this.bureau = bureau;
        this.applications = applications;
    }

    @Transactional(timeout = 5)
    public void assess(String applicationId, String nationalId) throws Exception {
        int score = bureau.score(nationalId);
        applications.recordScore(applicationId, score);
    }
}
