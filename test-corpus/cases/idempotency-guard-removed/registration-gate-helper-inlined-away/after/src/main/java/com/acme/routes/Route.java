package com.acme.routes;

public @interface Route {
}
