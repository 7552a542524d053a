package de.cet.shared.api;

import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.idempotency.Idempotency;
import de.cet.shared.money.Money;
import de.cet.shared.money.PositiveAmount;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resource that exists only in tests: it opts into each cross-cutting convention the way real
 * endpoints do, so the conventions are tested once, here, independent of any context.
 */
@Path("/probe/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConventionsProbeResource {

    public enum Kind { SMALL, LARGE }

    public record CreateWidget(@NotBlank @Size(max = 50) String name, @NotNull @PositiveAmount Money amount,
                               @NotNull Kind kind, LocalDate date) {}

    public record Widget(UUID id, String name, Money amount, Kind kind, LocalDate date, long version) {}

    public record RenameWidget(@NotBlank String name, Long version) {}

    static final AtomicInteger CREATED = new AtomicInteger();
    static final Map<UUID, Widget> WIDGETS = new ConcurrentHashMap<>();

    private final Idempotency idempotency;

    ConventionsProbeResource(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @POST
    public Response create(@Valid @NotNull CreateWidget body, @HeaderParam("Idempotency-Key") String key) {
        Idempotency.Outcome<Widget> outcome = QuarkusTransaction.requiringNew().call(() ->
            idempotency.execute("probe POST /probe/widgets", key, body, Widget.class, () -> {
                CREATED.incrementAndGet();
                Widget w = new Widget(UUID.randomUUID(), body.name(), body.amount(), body.kind(), body.date(), 1);
                WIDGETS.put(w.id(), w);
                return w;
            }));
        return Response.status(201).entity(outcome.result()).header(HttpHeaders.ETAG, ExpectedVersion.etag(outcome.result().version())).build();
    }

    @GET
    public PageResponse<Widget> list(@BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("name", "amount"), "name,asc");
        List<Widget> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(new Widget(new UUID(0, i), "w" + i, Money.of(BigDecimal.valueOf(i + 1)), Kind.SMALL, null, 1));
        }
        Comparator<Widget> order = page.sortField().equals("amount")
            ? Comparator.comparing(Widget::amount) : Comparator.comparing(Widget::name);
        all.sort(page.ascending() ? order : order.reversed());
        List<Widget> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return PageResponse.of(items, page, all.size());
    }

    @PATCH
    @Path("/{id}")
    public Response rename(@PathParam("id") UUID id, @Valid @NotNull RenameWidget body, @HeaderParam("If-Match") String ifMatch) {
        Widget current = WIDGETS.get(id);
        if (current == null) {
            throw new NotFoundException("No such widget.");
        }
        ExpectedVersion.from(ifMatch, body.version()).check(current.version());
        Widget renamed = new Widget(id, body.name(), current.amount(), current.kind(), current.date(), current.version() + 1);
        WIDGETS.put(id, renamed);
        return Response.ok(renamed).header(HttpHeaders.ETAG, ExpectedVersion.etag(renamed.version())).build();
    }

    /** Query parameters of the two types every context filters by: a day and an id. */
    @GET
    @Path("/on")
    public Map<String, String> on(@jakarta.ws.rs.QueryParam("date") LocalDate date,
                                  @jakarta.ws.rs.QueryParam("ownerId") UUID ownerId) {
        return Map.of("date", String.valueOf(date), "ownerId", String.valueOf(ownerId));
    }

    @GET
    @Path("/boom")
    public Widget boom() {
        throw new IllegalStateException("select * from secret_table where password = 'hunter2'");
    }
}
