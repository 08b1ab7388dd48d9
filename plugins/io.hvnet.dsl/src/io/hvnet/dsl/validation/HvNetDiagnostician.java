package io.hvnet.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

import io.hvnet.dsl.Joining;
import io.hvnet.dsl.hvnet.Network;

/**
 * Xtext's diagnostician, validating a large file on two threads (issue #18: a 56k-line file spent a quarter of
 * {@code check} in validation, on one of the machine's cores). The file's top-level elements are cut into runs of about
 * equal text ({@link #runs}); a worker starts on them at once, and the calling thread, once it has run the whole-file
 * rules (those on {@link Network}), takes the runs that are left, so that neither thread waits for the other while work
 * remains, whatever the whole-file rules cost. Each run's diagnostics are kept apart and appended in run order, so the
 * order is the one-thread order.
 * <p>
 * Why it is safe: the rules keep no state in fields (each group's per-element state is Xtext's thread-local one); what
 * they share per run goes into the validation context, which the worker gets a copy of; the caches they read are
 * Xtext's per-resource ones (a concurrent map) and {@code LazyLinkingResource.getEObject} is synchronized. The model is
 * not changed by validation.
 */
public class HvNetDiagnostician extends CancelableDiagnostician {

	/** Below this much text a file is validated on the calling thread: the worker's start would cost more. */
	static final int PARALLEL_FROM_CHARACTERS = 100_000;

	/**
	 * How many runs a large file's elements are cut into: enough that the thread that finishes first waits for at most
	 * a short run of the other's, few enough that taking a run costs nothing next to validating it.
	 */
	private static final int RUNS = 64;

	private static final ThreadLocal<Boolean> ON_WORKER = ThreadLocal.withInitial(() -> false);

	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(() -> {
			ON_WORKER.set(true);
			r.run();
		}, "hvnet validation");
		t.setDaemon(true);
		return t;
	});

	/** Context key of the shared part of the current validation. */
	private static final Object SHARED = new Object() {
		@Override
		public String toString() {
			return "hvnet validation runs";
		}
	};

	private final boolean parallel;

	@Inject
	public HvNetDiagnostician(EValidator.Registry registry) {
		this(registry, Runtime.getRuntime().availableProcessors() > 1);
	}

	/** {@code parallel} false: always one thread (tests compare both). */
	public HvNetDiagnostician(EValidator.Registry registry, boolean parallel) {
		super(registry);
		this.parallel = parallel;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// never from the worker itself: a validation there that waited for the worker would wait for ever
		if (parallel && diagnostics != null && eObject instanceof Network network && eObject.eContainer() == null
				&& !context.containsKey(SHARED) && !ON_WORKER.get()) {
			// eContents is a sequential list: read once into one with indexes
			List<EObject> elements = new ArrayList<>(network.eContents());
			int[] runs = runs(elements);
			if (runs.length > 2) {
				Shared shared = new Shared(elements, runs);
				// the worker starts before the whole-file rules run, with the context as it is before them
				Map<Object, Object> workers = new HashMap<>(context);
				shared.worker = CompletableFuture.runAsync(() -> shared.validateRuns(this, workers), WORKER);
				context.put(SHARED, shared);
			}
		}
		return super.validate(eClass, eObject, diagnostics, context);
	}

	@Override
	protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof Network && context.remove(SHARED) instanceof Shared shared)) {
			return super.doValidateContents(eObject, diagnostics, context);
		}
		try {
			shared.validateRuns(this, context);
		} catch (RuntimeException | Error e) {
			// cancelled or failed here: the worker (cancelled by the same indicator) is not left running on the model
			shared.takeNoMore();
			shared.worker.handle((done, t) -> null).join();
			throw e;
		}
		// what the worker threw (a cancellation, a rule's failure) is thrown here, as one thread would
		Joining.join(shared.worker);
		boolean valid = true;
		for (int run = 0; run < shared.found.length; run++) {
			diagnostics.addAll(shared.found[run]);
			valid &= shared.valid[run];
		}
		return valid;
	}

	/**
	 * One validation's runs of elements, taken one at a time by either thread; what each run found is kept in its own
	 * slot (written by the thread that validated it, read by the caller after the worker is joined).
	 */
	private static final class Shared {

		private final List<EObject> elements;
		private final int[] runs;
		private final AtomicInteger next = new AtomicInteger();
		private final BasicDiagnostic[] found;
		private final boolean[] valid;
		private CompletableFuture<Void> worker;

		Shared(List<EObject> elements, int[] runs) {
			this.elements = elements;
			this.runs = runs;
			this.found = new BasicDiagnostic[runs.length - 1];
			this.valid = new boolean[runs.length - 1];
		}

		void validateRuns(HvNetDiagnostician diagnostician, Map<Object, Object> context) {
			for (int run = next.getAndIncrement(); run < found.length; run = next.getAndIncrement()) {
				BasicDiagnostic chain = new BasicDiagnostic();
				boolean runValid = true;
				for (EObject element : elements.subList(runs[run], runs[run + 1])) {
					runValid &= diagnostician.validate(element, chain, context);
				}
				found[run] = chain;
				valid[run] = runValid;
			}
		}

		void takeNoMore() {
			next.set(found.length);
		}
	}

	/**
	 * Where the runs of elements start, and after the last one the number of elements: runs of about equal text (text
	 * length stands for validation work, most of which is per written element); a single run when the file is too small
	 * to share.
	 */
	public static int[] runs(List<EObject> elements) {
		int[] lengths = new int[elements.size()];
		long total = 0;
		int i = 0;
		for (EObject element : elements) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			lengths[i] = node == null ? 0 : node.getTotalLength();
			total += lengths[i++];
		}
		if (elements.size() < 2 || total < PARALLEL_FROM_CHARACTERS) {
			return new int[] { 0, elements.size() };
		}
		long perRun = Math.max(1, total / RUNS);
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		long sum = 0;
		for (int k = 0; k < lengths.length - 1; k++) {
			sum += lengths[k];
			if (sum >= perRun) {
				starts.add(k + 1);
				sum = 0;
			}
		}
		starts.add(lengths.length);
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}
}
