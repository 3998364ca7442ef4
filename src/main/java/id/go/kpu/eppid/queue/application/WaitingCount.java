package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.queue.domain.QueueService;

/** How many tickets wait for one service today (priority ones among them). */
public record WaitingCount(QueueService service, char prefix, long waiting, long priority) {
}
