package io.hvnet.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.AdapterChange;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableChange;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.hvnet.Step;
import io.hvnet.dsl.hvnet.Wait;
import io.hvnet.dsl.model.Cabling;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.SimulatedTime;

/** A scenario's failure and time steps, and a switch's MAC aging time. */
public class TimelineRules extends AbstractRules {

	@Check
	public void cableChange(CableChange change) {
		// an unresolved name is the linker's error (HVN901)
		if (change.getEnd() == null || change.getEnd().eCrossReferences().stream().anyMatch(EObject::eIsProxy)) {
			return;
		}
		Cable cable = Cabling.cableAt(change.getEnd());
		if (cable == null) {
			error("no cable has this end: there is nothing to " + (change.isUnplug() ? "unplug" : "plug"), change,
					HvnetPackage.Literals.CABLE_CHANGE__END, IssueCodes.NO_SUCH_CABLE);
			return;
		}
		// every cable starts plugged in; the last earlier step on the same cable says what it is now
		boolean unplugged = false;
		for (Step step : ((Scenario) change.eContainer()).getSteps()) {
			if (step == change) {
				break;
			}
			if (step instanceof CableChange c && c.getEnd() != null && Cabling.cableAt(c.getEnd()) == cable) {
				unplugged = c.isUnplug();
			}
		}
		if (unplugged == change.isUnplug()) {
			warning("cable " + Cabling.describe(cable) + " is already " + (unplugged ? "unplugged" : "plugged in"),
					change, HvnetPackage.Literals.CABLE_CHANGE__END, IssueCodes.STEP_CHANGES_NOTHING);
		}
	}

	@Check
	public void adapterChange(AdapterChange change) {
		Adapter adapter = change.getAdapter();
		if (adapter == null || adapter.eIsProxy()) {
			return;
		}
		// every adapter starts enabled
		boolean disabled = false;
		for (Step step : ((Scenario) change.eContainer()).getSteps()) {
			if (step == change) {
				break;
			}
			if (step instanceof AdapterChange c && c.getAdapter() == adapter) {
				disabled = c.isDisable();
			}
		}
		if (disabled == change.isDisable()) {
			warning(Names.of(adapter) + " is already " + (disabled ? "disabled" : "enabled"), change,
					HvnetPackage.Literals.ADAPTER_CHANGE__ADAPTER, IssueCodes.STEP_CHANGES_NOTHING);
		}
	}

	@Check
	public void waitStep(Wait wait) {
		duration(wait, wait.getAmount(), wait.getUnit(), HvnetPackage.Literals.WAIT__AMOUNT,
				HvnetPackage.Literals.WAIT__UNIT);
	}

	@Check
	public void macAging(PhysicalSwitch s) {
		if (s.getMacAgingUnit() != null) {
			duration(s, s.getMacAging(), s.getMacAgingUnit(), HvnetPackage.Literals.PHYSICAL_SWITCH__MAC_AGING,
					HvnetPackage.Literals.PHYSICAL_SWITCH__MAC_AGING_UNIT);
		}
	}

	private void duration(EObject owner, int amount, String unit, EStructuralFeature amountFeature,
			EStructuralFeature unitFeature) {
		long seconds = SimulatedTime.seconds(amount, unit);
		if (seconds < 0) {
			error("'" + unit + "' is not a time unit: write 's' (seconds), 'min' (minutes), 'h' (hours)"
					+ " or 'd' (days)", owner, unitFeature,
					IssueCodes.TIME_UNIT);
		} else if (seconds < 1 || seconds > NumberRanges.MAX_SECONDS) {
			error("a duration lasts 1 s to " + NumberRanges.MAX_SECONDS + " s (one day), not " + seconds + " s", owner,
					amountFeature, IssueCodes.DURATION_RANGE);
		}
	}
}
