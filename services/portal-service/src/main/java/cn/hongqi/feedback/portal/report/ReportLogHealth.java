package cn.hongqi.feedback.portal.report;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Out of service until the report is read: a balancer sends no citizen to a portal that knows no sections yet. */
@Component("reportLog")
class ReportLogHealth implements HealthIndicator {

    private final ReportCatalog catalog;

    ReportLogHealth(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        return catalog.upToDate() ? Health.up().build()
                : Health.outOfService().withDetail("reason", "still reading the report log").build();
    }
}
