#pragma once

#include "core/accounts/session.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace stages {

class AppContext;
class AreaHeader;
class PersonTableModel;
class SettingsPanel;
class Sidebar;

/// The trainer's area: the educators they train (real data from EducatorService) and, in a
/// later version, certificates; plus settings.
class TrainerArea : public QWidget
{
    Q_OBJECT

public:
    TrainerArea(AppContext &context, const Session &session, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    void reload();
    void showSection(const QString &key);

    Sidebar *sidebar() const { return m_sidebar; }
    QTableView *educatorTable() const { return m_table; }
    SettingsPanel *settingsPanel() const { return m_settings; }
    AreaHeader *header() const { return m_header; }

signals:
    void signOutRequested();
    void languageChosen(const QString &language);

private:
    AppContext &m_context;
    Session m_session;
    AreaHeader *m_header = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    PersonTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    SettingsPanel *m_settings = nullptr;
};

} // namespace stages
