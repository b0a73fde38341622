package com.acme.fulfilment.orders;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<FulfilmentOrder, String> {
}
