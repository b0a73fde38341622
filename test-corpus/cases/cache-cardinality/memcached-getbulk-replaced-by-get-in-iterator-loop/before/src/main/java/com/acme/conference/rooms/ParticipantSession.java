package com.acme.conference.rooms;

import java.io.Serializable;
import java.time.Instant;

public record ParticipantSession(String participantId, String node, Instant lastSeen) implements Serializable {
}
