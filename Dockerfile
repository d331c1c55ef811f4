# AbiPortal server: build with the SDK, run on the ASP.NET runtime as a non-root user.
#   docker build -t abiportal .
#   docker run -p 8080:8080 -v abiportal-data:/data abiportal
# Data (artifacts, and the SQLite database unless ConnectionStrings__AbiPortal points at
# PostgreSQL) lives on the /data volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet publish src/Server/AbiPortal.Server.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The .NET images ship an unprivileged "app" user (uid 1654); /data must be writable by it.
RUN mkdir -p /data && chown app:app /data
ENV AbiPortal__DataPath=/data \
    Urls=http://+:8080
USER app
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "AbiPortal.Server.dll"]
