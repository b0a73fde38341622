package com.acme.scheduler;

import org.springframework.stereotype.Service;

@Service
public class ProjectService {
    private final ProjectMapper projectMapper;

    public ProjectService(ProjectMapper projectMapper) {
        this.projectMapper = projectMapper;
    }

    public boolean deleteProject(User loginUser, long code) {
        projectMapper.deleteByCode(code); // expect: authorization-removed
        return true;
    }

    boolean hasProjectAndPerm(User loginUser, Project project) {
        return project != null && (project.ownerId() == loginUser.id() || loginUser.id() == 1);
    }

}
