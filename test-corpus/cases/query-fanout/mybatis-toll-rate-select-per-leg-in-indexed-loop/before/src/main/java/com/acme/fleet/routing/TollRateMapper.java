package com.acme.fleet.routing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface TollRateMapper {
    @Select("SELECT region, vehicle_class, cents_per_km FROM toll_rate "
            + "WHERE region = #{region} AND vehicle_class = #{vehicleClass}")
    TollRate findRate(@Param("region") String region, @Param("vehicleClass") String vehicleClass);
}
