package com.acme.scheduler;

import org.springframework.stereotype.Service;

@Service
public class ProjectService {
    private final ProjectMapper projectMapper;

    public ProjectService(ProjectMapper projectMapper) {
        this.projectMapper = projectMapper;
    }

    public boolean deleteProject(User loginUser, long code) {
        throw new UnsupportedOperationException("deleting projects is not supported any more");
    }

    boolean hasProjectAndPerm(User loginUser, Project project) {
        return project != null && (project.ownerId() == loginUser.id() || loginUser.id() == 1);
    }

}
