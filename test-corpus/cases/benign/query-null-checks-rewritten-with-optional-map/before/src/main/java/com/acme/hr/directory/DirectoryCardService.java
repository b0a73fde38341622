package com.acme.hr.directory;

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
        String departmentName = "Unassigned";
        if (member.getDepartmentCode() != null) {
            Department department = departmentRepository.findByCode(member.getDepartmentCode());
            if (department != null) {
                departmentName = department.getName();
            }
        }
        String managerName = "-";
        if (member.getManagerId() != null) {
            StaffMember manager = staffMemberRepository.findById(member.getManagerId()).orElse(null);
            if (manager != null) {
                managerName = manager.getFullName();
            }
        }
        return new DirectoryCard(member.getId(), member.getFullName(), departmentName, managerName);
    }
}
