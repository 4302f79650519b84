#pragma once

#include "core/accounts/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace stages {

class AccountService;
class EducatorFilterModel;
class EducatorTableModel;
class TrainingService;

/// The trainer's Educators page: every educator (TrainingService::educators) by status, with a
/// status filter and a search box, sortable; "Add educator…". Enter or a double-click on a row
/// emits educatorActivated().
class EducatorsPage : public QWidget
{
    Q_OBJECT

public:
    EducatorsPage(TrainingService &training, AccountService &accounts, const Session &session,
                  QWidget *parent = nullptr);

    /// Reads the educators again (keeps the selection).
    void reload();
    void selectEducator(const QString &id);

    QTableView *table() const { return m_table; }
    EducatorTableModel *model() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    QLabel *message() const { return m_message; }

signals:
    void educatorActivated(const QString &educatorId);
    /// An educator was added (the area refreshes the other pages).
    void educatorsChanged();

private:
    void addEducator();
    QString selectedId() const;
    void updateCount();

    TrainingService &m_training;
    AccountService &m_accounts;
    Session m_session;
    EducatorTableModel *m_model = nullptr;
    EducatorFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
