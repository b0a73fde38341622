package com.acme.scheduler;

import org.springframework.stereotype.Service;

@Service
public class ProjectService {
    private final ProjectMapper projectMapper;

    public ProjectService(ProjectMapper projectMapper) {
        this.projectMapper = projectMapper;
    }

    public boolean deleteProject(User loginUser, long code) {
        Project project = projectMapper.queryByCode(code);
        if (!hasProjectAndPerm(loginUser, project)) {
            return false;
        }
        projectMapper.deleteByCode(code);
        return true;
    }

    boolean hasProjectAndPerm(User loginUser, Project project) {
        return project != null && (project.ownerId() == loginUser.id() || loginUser.id() == 1);
    }

}
