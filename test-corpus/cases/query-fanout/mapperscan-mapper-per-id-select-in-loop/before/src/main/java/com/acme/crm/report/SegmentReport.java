package com.acme.crm.report;

import com.acme.crm.persistence.Customer;
import com.acme.crm.persistence.CustomerMapper;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

@Service
public class SegmentReport {
    private final CustomerMapper customers;

    public SegmentReport(CustomerMapper customers) {
        this.customers = customers;
    }

    public List<String> segmentsOf(List<Long> customerIds) {
        List<String> out = new ArrayList<>();
        for (Customer c : customers.selectByIdList(customerIds)) {
            out.add(c.segment());
        }
        return out;
    }
}
