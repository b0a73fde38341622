package com.acme.fulfilment;

public enum OrderStatus { PENDING, PAID, SHIPPED, CANCELLED }
