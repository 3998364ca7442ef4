# Builds the WAR and runs it on Payara Micro (used by docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY webapp webapp
COPY db db
RUN mvn -B -q package -DskipTests -DskipITs

FROM payara/micro:6.2025.10-jdk17
COPY --from=build /src/target/eppid.war /opt/payara/deployments/ROOT.war
ENV PORTAL_UPLOAD_DIR=/data/uploads
USER root
RUN mkdir -p /data/uploads && chown -R payara:payara /data
USER payara
VOLUME /data/uploads
EXPOSE 8080
CMD ["--deploy", "/opt/payara/deployments/ROOT.war", "--contextroot", "/", "--nocluster"]
