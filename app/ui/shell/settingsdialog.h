#pragma once

#include <QDialog>

namespace stages {

class SettingsPanel;

/// The settings panel in a dialog, reachable from the start page before anyone signs in.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &databaseLocation, QWidget *parent = nullptr);

    SettingsPanel *panel() const { return m_panel; }

private:
    SettingsPanel *m_panel = nullptr;
};

} // namespace stages
