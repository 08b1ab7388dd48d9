package io.hvnet.dsl.validation;

import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HopsExpectation;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PathExpectation;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.model.Adapters;
import io.hvnet.dsl.model.KindWords;

/**
 * Numbers outside their {@link NumberRanges}: a physical switch with two billion ports would make the simulator and
 * the diagram build two billion ports, so the validator stops such a file before anything runs on it.
 */
public class NumberRules extends AbstractRules {

	@Check
	public void ports(PhysicalSwitch s) {
		if (s.getPorts() < NumberRanges.MIN_PORTS || s.getPorts() > NumberRanges.MAX_PORTS) {
			error(KindWords.named(s) + " has " + s.getPorts() + " ports; a physical switch has "
					+ NumberRanges.MIN_PORTS + " to " + NumberRanges.MAX_PORTS, s,
					HvnetPackage.Literals.PHYSICAL_SWITCH__PORTS, IssueCodes.PORTS_RANGE);
		}
	}

	@Check
	public void adapter(Adapter adapter) {
		if (adapter.getMetric() < 0 || adapter.getMetric() > NumberRanges.MAX_METRIC) {
			error("metric " + adapter.getMetric() + " is out of range: 0 (automatic) to " + NumberRanges.MAX_METRIC,
					adapter, HvnetPackage.Literals.ADAPTER__METRIC, IssueCodes.METRIC_RANGE);
		}
		if (adapter instanceof PhysicalNic && timesWritten(adapter, HvnetPackage.Literals.ADAPTER__SPEED) > 0) {
			long mbps = Adapters.speedMbps((PhysicalNic) adapter);
			if (mbps < NumberRanges.MIN_SPEED_MBPS || mbps > NumberRanges.MAX_SPEED_MBPS) {
				error("speed " + adapter.getSpeed() + " " + adapter.getSpeedUnit().getLiteral()
						+ " is out of range: 1 Mbps to " + NumberRanges.MAX_SPEED_MBPS / 1000 + " Gbps", adapter,
						HvnetPackage.Literals.ADAPTER__SPEED, IssueCodes.SPEED_RANGE);
			}
		}
	}

	@Check
	public void ping(Ping ping) {
		if (ping.getCount() > NumberRanges.MAX_PING_COUNT) {
			error("a ping sends at most " + NumberRanges.MAX_PING_COUNT + " echo requests, not " + ping.getCount(), ping,
					HvnetPackage.Literals.PING__COUNT, IssueCodes.PING_COUNT_TOO_HIGH);
		}
		int sent = timesWritten(ping, HvnetPackage.Literals.PING__COUNT) > 0 ? ping.getCount() : 1;
		ping.getExpectations().forEach(e -> {
			if (e instanceof PathExpectation path && timesWritten(path, HvnetPackage.Literals.PATH_EXPECTATION__REQUEST) > 0
					&& (path.getRequest() < 1 || path.getRequest() > Math.max(1, sent))) {
				error("request " + path.getRequest() + " is not one of this ping's echo requests (1 to "
						+ Math.max(1, sent) + ")", path, HvnetPackage.Literals.PATH_EXPECTATION__REQUEST,
						IssueCodes.REQUEST_RANGE);
			}
			if (e instanceof HopsExpectation hops && (hops.getHops() < 1 || hops.getHops() > NumberRanges.MAX_HOPS)) {
				error("hops " + hops.getHops() + " is out of range: 1 to " + NumberRanges.MAX_HOPS, hops,
						HvnetPackage.Literals.HOPS_EXPECTATION__HOPS, IssueCodes.HOPS_RANGE);
			}
		});
	}
}
