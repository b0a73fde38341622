package com.acme.partners.directory;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "directory")
public interface DirectoryClient {
    @GetMapping("/partners/{id}")
    String partner(@PathVariable("id") String id);
}
