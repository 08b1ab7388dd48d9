package io.hvnet.diagram.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * Positions the user gave diagram elements by moving them, by element id (relative to the element's container, as
 * GLSP keeps them), stored in a sidecar file so that the .hvnet text stays free of drawing details. Elements without
 * a stored position are placed by the automatic layout.
 */
public final class Positions {

	/** A stored position. */
	public record Point(double x, double y) {
	}

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private final Path file;
	private final Map<String, Point> byId = new TreeMap<>();
	/** The sidecar's modification time when read or written here: another writer (a rename refactoring) changes it. */
	private FileTime stamp;

	private Positions(Path file) {
		this.file = file;
	}

	/** The positions stored in {@code file}; none when it is null, missing or unreadable (then layout decides). */
	public static Positions load(Path file) {
		Positions positions = new Positions(file);
		positions.stamp = modified(file);
		if (file != null && Files.isRegularFile(file)) {
			try {
				Map<String, Point> stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
						new TypeToken<LinkedHashMap<String, Point>>() {
						}.getType());
				if (stored != null) {
					stored.forEach((id, p) -> {
						if (p != null) {
							positions.byId.put(id, p);
						}
					});
				}
			} catch (IOException | JsonParseException e) {
				// a broken sidecar only loses hand-made positions; the diagram still opens, laid out automatically
			}
		}
		return positions;
	}

	public Point get(String id) {
		return byId.get(id);
	}

	public void put(String id, double x, double y) {
		byId.put(id, new Point(Math.round(x), Math.round(y)));
	}

	/** After a rename: the element and everything inside it keep their positions under the new id. */
	public void rename(String oldId, String newId) {
		Map<String, Point> moved = new LinkedHashMap<>();
		byId.entrySet().removeIf(e -> {
			String id = e.getKey();
			if (id.equals(oldId) || id.startsWith(oldId + ".") || id.startsWith(oldId + "#")) {
				moved.put(newId + id.substring(oldId.length()), e.getValue());
				return true;
			}
			return false;
		});
		byId.putAll(moved);
	}

	/** A copy of every stored position, to go back to. */
	public Map<String, Point> snapshot() {
		return new LinkedHashMap<>(byId);
	}

	/** Exactly the positions of {@code snapshot}, and no others. */
	public void restore(Map<String, Point> snapshot) {
		byId.clear();
		byId.putAll(snapshot);
	}

	public void remove(String id) {
		byId.remove(id);
	}

	public void clear() {
		byId.clear();
	}

	public int size() {
		return byId.size();
	}

	/** Whether someone else wrote or removed the sidecar since it was read or written here. */
	public boolean changedOnDisk() {
		return file != null && !java.util.Objects.equals(stamp, modified(file));
	}

	private static FileTime modified(Path file) {
		try {
			return file != null && Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
		} catch (IOException e) {
			return null;
		}
	}

	/** Writes the sidecar file (nothing when the document has none). */
	public void save() {
		if (file == null) {
			return;
		}
		try {
			if (byId.isEmpty()) {
				Files.deleteIfExists(file);
			} else {
				Files.writeString(file, GSON.toJson(byId) + "\n", StandardCharsets.UTF_8);
			}
			stamp = modified(file);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}
}
