package io.hvnet.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Network;

/**
 * Xtext's diagnostician, validating a large file on two threads (issue #18: a 56k-line file spent a quarter of
 * {@code check} in validation, on one of the machine's cores). While the calling thread runs the whole-file rules
 * (those on {@link Network}) and the first top-level elements, a worker validates the last ones; its diagnostics are
 * appended after the caller's, so the order is the one-thread order.
 * <p>
 * Why it is safe: the rules keep no state in fields (each group's per-element state is Xtext's thread-local one); what
 * they share per run goes into the validation context, which the worker gets a copy of; the caches they read are
 * Xtext's per-resource ones (a concurrent map) and {@code LazyLinkingResource.getEObject} is synchronized. The model is
 * not changed by validation.
 */
public class HvNetDiagnostician extends CancelableDiagnostician {

	/** Below this much text a file is validated on the calling thread: the worker's start would cost more. */
	static final int PARALLEL_FROM_CHARACTERS = 100_000;

	/** The worker's share of the top-level elements' text: the caller also runs the whole-file rules. */
	private static final double WORKER_SHARE = 0.6;

	private static final ThreadLocal<Boolean> ON_WORKER = ThreadLocal.withInitial(() -> false);

	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(() -> {
			ON_WORKER.set(true);
			r.run();
		}, "hvnet validation");
		t.setDaemon(true);
		return t;
	});

	/** Context key of the worker's pending part of the current validation. */
	private static final Object PENDING = new Object() {
		@Override
		public String toString() {
			return "hvnet validation worker";
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
				&& !context.containsKey(PENDING) && !ON_WORKER.get()) {
			// eContents is a sequential list: read once into one with indexes
			List<EObject> elements = new ArrayList<>(network.eContents());
			int split = splitIndex(elements);
			if (split > 0) {
				// the worker starts before the whole-file rules run, with the context as it is before them
				context.put(PENDING, new Pending(split,
						startWorker(elements.subList(split, elements.size()), new HashMap<>(context))));
			}
		}
		return super.validate(eClass, eObject, diagnostics, context);
	}

	@Override
	protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof Network && context.remove(PENDING) instanceof Pending pending)) {
			return super.doValidateContents(eObject, diagnostics, context);
		}
		boolean result = true;
		try {
			for (EObject element : eObject.eContents().subList(0, pending.split())) {
				result &= validate(element, diagnostics, context);
			}
		} catch (RuntimeException | Error e) {
			// cancelled or failed here: the worker (cancelled by the same indicator) is not left running on the model
			pending.part().handle((p, t) -> null).join();
			throw e;
		}
		Part part = join(pending.part());
		diagnostics.addAll(part.diagnostics());
		return result && part.valid();
	}

	/** The worker's part of one validation: it validates the top-level elements from {@code split} on. */
	private record Pending(int split, CompletableFuture<Part> part) {
	}

	/** What the worker found: its diagnostics, in element order, and whether all of its elements were valid. */
	private record Part(BasicDiagnostic diagnostics, boolean valid) {
	}

	private CompletableFuture<Part> startWorker(List<EObject> elements, Map<Object, Object> context) {
		return CompletableFuture.supplyAsync(() -> {
			BasicDiagnostic chain = new BasicDiagnostic();
			boolean valid = true;
			for (EObject element : elements) {
				valid &= validate(element, chain, context);
			}
			return new Part(chain, valid);
		}, WORKER);
	}

	/** Waits for the worker; what it threw (a cancellation, a rule's failure) is thrown here, as one thread would. */
	private static Part join(CompletableFuture<Part> pending) {
		try {
			return pending.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	/**
	 * Where the worker's elements start: after the first 40 % of the top-level elements' text; -1 when the file is too
	 * small to share. Text length stands for validation work: most of it is per written element.
	 */
	public static int splitIndex(List<EObject> elements) {
		if (elements.size() < 2) {
			return -1;
		}
		int[] lengths = new int[elements.size()];
		long total = 0;
		int i = 0;
		for (EObject element : elements) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			lengths[i] = node == null ? 0 : node.getTotalLength();
			total += lengths[i++];
		}
		if (total < PARALLEL_FROM_CHARACTERS) {
			return -1;
		}
		long callers = (long) (total * (1 - WORKER_SHARE));
		long sum = 0;
		for (int k = 0; k < lengths.length; k++) {
			sum += lengths[k];
			if (sum >= callers) {
				return Math.min(k + 1, lengths.length - 1);
			}
		}
		return lengths.length - 1;
	}
}
