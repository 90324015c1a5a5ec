# NSIS installer for Windows (CPACK_VERBATIM_VARIABLES is on: one backslash in the value is one
# backslash in the .nsi). Never built here; see installers/README.md.
set(CPACK_NSIS_PACKAGE_NAME "Mayfly")
set(CPACK_NSIS_DISPLAY_NAME "Mayfly")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mayfly.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/mayfly.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/mayfly.ico")
# Start-menu entry: executable name (in CPACK_NSIS_EXECUTABLES_DIRECTORY, "bin") and its label.
set(CPACK_PACKAGE_EXECUTABLES "mayfly;Mayfly")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mayfly.exe")

# .eml: offer Mayfly in "Open with" through a ProgID, without taking the default away from the
# user's mail program (Windows asks the user which to use; taking it silently is not allowed
# since Windows 8 anyway).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
WriteRegStr SHCTX "Software\Classes\Mayfly.eml" "" "E-mail message"
WriteRegStr SHCTX "Software\Classes\Mayfly.eml\DefaultIcon" "" "$INSTDIR\bin\mayfly.exe,0"
WriteRegStr SHCTX "Software\Classes\Mayfly.eml\shell\open\command" "" '"$INSTDIR\bin\mayfly.exe" "%1"'
WriteRegStr SHCTX "Software\Classes\.eml\OpenWithProgids" "Mayfly.eml" ""
WriteRegStr SHCTX "Software\Classes\Applications\mayfly.exe\SupportedTypes" ".eml" ""
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
DeleteRegValue SHCTX "Software\Classes\.eml\OpenWithProgids" "Mayfly.eml"
DeleteRegKey SHCTX "Software\Classes\Mayfly.eml"
DeleteRegKey SHCTX "Software\Classes\Applications\mayfly.exe"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
