package com.acme.shipping.zones;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostcodeZoneRepository extends JpaRepository<PostcodeZone, Long> {
    PostcodeZone findFirstByCountryAndPostcodePrefix(String country, String postcodePrefix);

    List<PostcodeZone> findByCountry(String country);
}
