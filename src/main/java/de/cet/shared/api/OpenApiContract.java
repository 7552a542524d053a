package de.cet.shared.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The parts of the OpenAPI document that are the same for every operation, added once here instead
 * of on each resource method: the {@code Problem} schema of {@link ProblemDocument} and the error
 * answers that reference it (what {@link ProblemMapper} and {@link HttpEdge} can answer for an
 * operation of that shape), and the JDK scalar types (UUID, LocalDate, Instant) written inline so
 * that no generated client gets a model class named after a JDK type.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    private static final String REF = "#/components/schemas/";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String MONEY = "Money";
    static final String POSITIVE_MONEY = "PositiveMoney";
    /** {@link de.cet.shared.money.Money#parse}: at most 13 integer digits, exactly two fraction digits. */
    static final String MONEY_PATTERN = "^-?[0-9]{1,13}\\.[0-9]{2}$";
    static final String POSITIVE_MONEY_PATTERN = "^[0-9]{1,13}\\.[0-9]{2}$";

    /** What the shared parameters mean, wherever an operation takes them. */
    private static final Map<String, String> PARAMETER_DESCRIPTIONS = Map.of(
        "If-Match", "The version the change is based on, as the `ETag` of the last read answered it (`\"3\"`); "
            + "instead, `version` may be sent in the body.",
        "Idempotency-Key", "A key of the client's choosing: a retry with the same key and body answers the first "
            + "answer instead of creating again.",
        "page", "The page, from 0.",
        "size", "Items per page, 1 to 500.",
        "sort", "`field,asc` or `field,desc`; the fields each collection can sort by are in its description.");

    /** Component schemas that only alias a JDK scalar type; written inline where they are used. */
    static final Set<String> INLINED_SCALARS = Set.of("UUID", "LocalDate", "Instant", "URI", "OffsetDateTime",
        "LocalDateTime", "Duration", "BigDecimal");

    private record ErrorAnswer(String code, String name, String description) {}

    private static final ErrorAnswer BAD_REQUEST = new ErrorAnswer("400", "BadRequest",
        "Invalid input: a malformed body, a wrong type or an invalid value; `errors` names each field.");
    private static final ErrorAnswer UNAUTHORIZED = new ErrorAnswer("401", "Unauthorized",
        "No valid access token (missing, expired, revoked or forged).");
    private static final ErrorAnswer FORBIDDEN = new ErrorAnswer("403", "Forbidden",
        "The caller's role does not allow this.");
    private static final ErrorAnswer NOT_FOUND = new ErrorAnswer("404", "NotFound",
        "No such resource, or not visible to the caller.");
    private static final ErrorAnswer CONFLICT = new ErrorAnswer("409", "Conflict",
        "The request conflicts with the resource's state, or `version` in the body is stale.");
    private static final ErrorAnswer PRECONDITION_FAILED = new ErrorAnswer("412", "PreconditionFailed",
        "The `If-Match` version is stale: reload the resource and retry.");
    private static final ErrorAnswer PAYLOAD_TOO_LARGE = new ErrorAnswer("413", "PayloadTooLarge",
        "The request body is larger than allowed.");
    private static final ErrorAnswer UNSUPPORTED_MEDIA_TYPE = new ErrorAnswer("415", "UnsupportedMediaType",
        "The body's content type is not accepted here.");
    private static final ErrorAnswer UNPROCESSABLE = new ErrorAnswer("422", "UnprocessableContent",
        "Well-formed, but breaks a rule of the book or the ledger.");
    private static final ErrorAnswer PRECONDITION_REQUIRED = new ErrorAnswer("428", "PreconditionRequired",
        "An edit needs `If-Match` or `version` in the body.");
    private static final ErrorAnswer TOO_MANY_REQUESTS = new ErrorAnswer("429", "TooManyRequests",
        "Too many attempts or too busy; retry after the `Retry-After` seconds.");
    private static final ErrorAnswer SERVER_ERROR = new ErrorAnswer(APIResponses.DEFAULT, "ServerError",
        "An unexpected failure (500, quote the request id) or a brief outage (503, retry).");

    private static final List<ErrorAnswer> ALL = List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT,
        PRECONDITION_FAILED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, PRECONDITION_REQUIRED,
        TOO_MANY_REQUESTS, SERVER_ERROR);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(MONEY, moneySchema(MONEY_PATTERN,
            "An amount of money: a JSON string with exactly two fraction digits, never a number."));
        components.addSchema(POSITIVE_MONEY, moneySchema(POSITIVE_MONEY_PATTERN,
            "An amount greater than zero: a JSON string with exactly two fraction digits, never a number."));
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        for (ErrorAnswer answer : ALL) {
            components.addResponse(answer.name(), OASFactory.createAPIResponse().description(answer.description())
                .content(problemContent()));
        }
        normaliseSchemas(api);
        if (api.getServers() == null || api.getServers().isEmpty()) {
            // The paths carry /api/v1 themselves: the base is whichever instance serves the document.
            api.addServer(OASFactory.createServer().url("/").description("The CET instance that serves this document"));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        boolean globallySecured = api.getSecurity() != null && !api.getSecurity().isEmpty();
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            if (item.getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                addErrorAnswers(path.getKey(), item, op.getKey(), op.getValue(), globallySecured);
                describeParameters(op.getValue().getParameters());
            }
        }
    }

    private static void addErrorAnswers(String path, PathItem item, PathItem.HttpMethod method, Operation operation,
                                        boolean globallySecured) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : globallySecured;
        boolean changes = method != PathItem.HttpMethod.GET;
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));

        // Every operation may meet a 400: malformed ids, paging or query values, bodies.
        add(responses, BAD_REQUEST);
        if (secured) {
            add(responses, UNAUTHORIZED);
            add(responses, FORBIDDEN);
        }
        if (path.contains("{")) {
            add(responses, NOT_FOUND);
        }
        if (changes) {
            add(responses, CONFLICT);
            add(responses, UNPROCESSABLE);
        }
        if (ifMatch) {
            add(responses, PRECONDITION_FAILED);
            add(responses, PRECONDITION_REQUIRED);
        }
        if (hasBody) {
            add(responses, PAYLOAD_TOO_LARGE);
            add(responses, UNSUPPORTED_MEDIA_TYPE);
        }
        if (changes && !secured || path.contains("/auth/") || path.contains("/me/")) {
            // sign-in throttling and the bounded password hashing (API.md, identity)
            add(responses, TOO_MANY_REQUESTS);
        }
        add(responses, SERVER_ERROR);
    }

    private static void describeParameters(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter parameter : parameters) {
            String description = PARAMETER_DESCRIPTIONS.get(parameter.getName());
            if (parameter.getDescription() == null && description != null) {
                parameter.setDescription(description);
            }
        }
    }

    private static Schema moneySchema(String pattern, String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).pattern(pattern)
            .description(description).examples(List.of("12.34"));
    }

    private static void add(APIResponses responses, ErrorAnswer answer) {
        if (responses.hasAPIResponse(answer.code())) {
            APIResponse declared = responses.getAPIResponse(answer.code());
            // A resource that documents its own answer for this status keeps its description; the
            // body is always the one problem document.
            if (declared.getRef() == null) {
                declared.setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(answer.code(), OASFactory.createAPIResponse()
            .ref("#/components/responses/" + answer.name()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemDocument.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description("One invalid field of a request.")
            .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("JSON path of the value, e.g. `amount` or `items[2].amount`; `body` for the body as a whole.")
                .examples(List.of("amount")))
            .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .examples(List.of("must be greater than zero")))
            .required(List.of("field", "message"));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description("An RFC 9457 problem document, the body of every 4xx and 5xx answer "
                + "(`application/problem+json`). Problems may carry further members, e.g. `blockers` of a "
                + "period that cannot be closed.")
            .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                .description("Identifies the kind of problem: `urn:cet:problem:<slug>`, or `about:blank` for plain HTTP failures.")
                .examples(List.of("urn:cet:problem:validation")))
            .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .examples(List.of("Invalid input")))
            .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                .description("The HTTP status code.").examples(List.of(400)))
            .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("A sentence for people; never internals.").examples(List.of("amount: must be greater than zero")))
            .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("The path of the request.").examples(List.of("/api/v1/books")))
            .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("Also in the `X-Request-Id` header and the server's log.")
                .examples(List.of("2f1c0d4e-8a34-4a5e-9a59-0d7f3b1a6c21")))
            .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                .description("Validation failures, one per field.")
                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)))
            .required(List.of("type", "title", "status"))
            .additionalPropertiesBoolean(Boolean.TRUE);
    }

    /**
     * Writes JDK scalar aliases (UUID, LocalDate, ...) inline and drops them, names pages after their
     * items ({@code PageResponseAccountBody} → {@code AccountPage}, not a Java class name), and keeps
     * a $ref alone where the scanner merged form fields beside it.
     */
    private static void normaliseSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, Schema> aliases = new LinkedHashMap<>();
        for (String name : INLINED_SCALARS) {
            if (schemas.containsKey(name)) {
                aliases.put(REF + name, schemas.get(name));
            }
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema items = entry.getValue().getProperties() == null ? null : entry.getValue().getProperties().get("items");
            if (entry.getKey().startsWith("PageResponse") && items != null && items.getItems() != null
                && items.getItems().getRef() != null) {
                renamed.put(entry.getKey(), items.getItems().getRef().substring(REF.length()) + "Page");
            }
        }
        forEachSchema(api, schema -> {
            Schema alias = schema.getRef() == null ? null : aliases.get(schema.getRef());
            if (alias != null) {
                schema.setRef(null);
                for (Map.Entry<String, ?> member : alias.getAll().entrySet()) {
                    if (schema.get(member.getKey()) == null) {
                        schema.set(member.getKey(), member.getValue());
                    }
                }
            } else if (schema.getRef() != null) {
                String target = renamed.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
                if (target != null) {
                    schema.setRef(REF + target);
                }
                schema.setProperties(null);
                schema.setType(null);
            }
        });
        // after inlining, so that the scalars beside a null are inline already
        forEachSchema(api, OpenApiContract::collapseNullable);
        for (String name : INLINED_SCALARS) {
            api.getComponents().removeSchema(name);
        }
        renamed.forEach((from, to) -> {
            Schema page = schemas.get(from);
            api.getComponents().removeSchema(from);
            api.getComponents().addSchema(to, page.description("A page of a collection: `items`, the `page` and `size` "
                + "asked for, and `totalItems` of the whole collection."));
        });
    }

    /** Visits every schema of the document once, however deeply nested. */
    private static void forEachSchema(OpenAPI api, Consumer<Schema> visitor) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> roots = new ArrayList<>(api.getComponents().getSchemas().values());
        if (api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().values().forEach(r -> addContent(roots, r.getContent()));
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                addParameters(roots, item.getParameters());
                if (item.getOperations() == null) {
                    continue;
                }
                for (Operation operation : item.getOperations().values()) {
                    addParameters(roots, operation.getParameters());
                    if (operation.getRequestBody() != null) {
                        addContent(roots, operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                            addContent(roots, response.getContent());
                            if (response.getHeaders() != null) {
                                response.getHeaders().values().forEach(h -> roots.add(h.getSchema()));
                            }
                        }
                    }
                }
            }
        }
        ArrayDeque<Schema> todo = new ArrayDeque<>();
        roots.stream().filter(Objects::nonNull).forEach(todo::add);
        while (!todo.isEmpty()) {
            Schema schema = todo.poll();
            if (!seen.add(schema)) {
                continue;
            }
            visitor.accept(schema);
            List<Schema> children = new ArrayList<>();
            if (schema.getProperties() != null) {
                children.addAll(schema.getProperties().values());
            }
            children.add(schema.getItems());
            children.add(schema.getAdditionalPropertiesSchema());
            children.add(schema.getNot());
            for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
                schema.getPrefixItems())) {
                if (list != null) {
                    children.addAll(list);
                }
            }
            children.stream().filter(Objects::nonNull).forEach(todo::add);
        }
    }

    private static void addParameters(List<Schema> roots, List<Parameter> parameters) {
        if (parameters != null) {
            parameters.forEach(p -> roots.add(p.getSchema()));
        }
    }

    private static void addContent(List<Schema> roots, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
        }
    }

    /**
     * {@code anyOf: [<inline scalar>, {type: null}]}, as the scanner writes a nullable field of a JDK
     * type, becomes the scalar with {@code type: [t, "null"]}: the same meaning in the form every
     * generator reads as a nullable property.
     */
    private static void collapseNullable(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return;
        }
        Schema nullType = null;
        Schema value = null;
        for (Schema part : anyOf) {
            if (part.getType() != null && part.getType().equals(List.of(Schema.SchemaType.NULL)) && part.getRef() == null) {
                nullType = part;
            } else {
                value = part;
            }
        }
        if (nullType == null || value == null || value.getRef() != null || value.getType() == null
            || value.getType().contains(Schema.SchemaType.OBJECT) || value.getType().contains(Schema.SchemaType.ARRAY)) {
            return;
        }
        schema.setAnyOf(null);
        for (Map.Entry<String, ?> member : value.getAll().entrySet()) {
            if (!"type".equals(member.getKey()) && schema.get(member.getKey()) == null) {
                schema.set(member.getKey(), member.getValue());
            }
        }
        List<Schema.SchemaType> types = new ArrayList<>(value.getType());
        types.remove(Schema.SchemaType.NULL);
        types.add(Schema.SchemaType.NULL);
        schema.setType(types);
    }
}
