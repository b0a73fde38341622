package com.acme.hr.directory;

import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class DirectoryCardService {
    private final DepartmentRepository departmentRepository;
    private final StaffMemberRepository staffMemberRepository;

    public DirectoryCardService(DepartmentRepository departmentRepository, StaffMemberRepository staffMemberRepository) {
        this.departmentRepository = departmentRepository;
        this.staffMemberRepository = staffMemberRepository;
    }

    public DirectoryCard card(StaffMember member) {
        Optional<String> departmentCode = Optional.ofNullable(member.getDepartmentCode());
        String departmentName = departmentCode
                .map(departmentRepository::findByCode)
                .map(Department::getName)
                .orElse("Unassigned");
        Optional<Long> managerId = Optional.ofNullable(member.getManagerId());
        String managerName = managerId
                .flatMap(staffMemberRepository::findById)
                .map(StaffMember::getFullName)
                .orElse("-");
        return new DirectoryCard(member.getId(), member.getFullName(), departmentName, managerName);
    }
}
