#include "ui/shell/appcontext.h"

#include "core/storage/database.h"

namespace stages {

AppContext::AppContext(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_accounts(*m_database, clock)
    , m_classes(*m_database, clock)
    , m_educators(*m_database)
{ }

AppContext::~AppContext() = default;

} // namespace stages
