package com.acme.notifications;

import org.springframework.data.repository.CrudRepository;

public interface InboxRepository extends CrudRepository<InboxEntry, String> {
}
