package com.acme.scheduler;

import org.springframework.stereotype.Service;

@Service
public class ProjectService {
    private final ProjectMapper projectMapper;

    public ProjectService(ProjectMapper projectMapper) {
        this.projectMapper = projectMapper;
    }

    public boolean deleteProject(User loginUser, long code) {
        if (!hasWritePermission(loginUser, projectMapper.queryByCode(code))) {
            return false;
        }
        projectMapper.deleteByCode(code);
        return true;
    }

    boolean hasWritePermission(User loginUser, Project project) {
        return project != null && (project.ownerId() == loginUser.id() || loginUser.id() == 1);
    }

}
