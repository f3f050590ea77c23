package org.dozaban.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people of {@code content/authors.yaml}, found by any of their names. */
public final class People {

    /** No {@code authors.yaml}: every name is a person of its own. */
    public static final People NONE = new People(List.of());

    private final List<Person> people;
    private final Map<String, Person> byName = new HashMap<>();

    /** @param people persons whose names are all different */
    public People(List<Person> people) {
        this.people = List.copyOf(people);
        for (Person person : this.people) {
            person.names().values().forEach(name -> byName.put(name.strip(), person));
        }
    }

    /** Every person, in the order of the file. */
    public List<Person> all() {
        return people;
    }

    /** The person one of whose names is {@code name}, ignoring spaces around it. */
    public Optional<Person> byName(String name) {
        return Optional.ofNullable(byName.get(name.strip()));
    }
}
