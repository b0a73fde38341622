package com.acme.orders.api;

import org.mapstruct.Mapper;

@Mapper(componentModel = "spring")
public interface OrderViewMapper {
    OrderView toView(Order order);
}
