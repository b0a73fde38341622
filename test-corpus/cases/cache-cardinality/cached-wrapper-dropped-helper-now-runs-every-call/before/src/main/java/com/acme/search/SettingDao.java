package com.acme.search;

import org.springframework.data.repository.CrudRepository;

public interface SettingDao extends CrudRepository<Setting, String> {
    Setting findByName(String name);
}
