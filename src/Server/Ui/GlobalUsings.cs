// Lets Program.cs map the UI endpoints with one line (app.MapPortalUi()).
global using AbiPortal.Server.Ui;
